<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui" line="7"/>
        <source>AttentionLens</source>
        <translation>AttentionLens</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="28"/>
        <source>Image workspace: saliency and attention maps over a picture</source>
        <translation>图像工作区：在图片上显示显著性图和注意力图</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="29"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="39"/>
        <source>Video analysis is not available in this release yet.</source>
        <translation>此版本尚不提供视频分析。</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="40"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="50"/>
        <source>Text attention is not available in this release yet.</source>
        <translation>此版本尚不提供文本注意力分析。</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="51"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="61"/>
        <source>Fingerprint analysis is not available in this release yet.</source>
        <translation>此版本尚不提供指纹分析。</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="62"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="77"/>
        <source>&amp;View:</source>
        <translation>视图(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="83"/>
        <source>How the image and the map are composed</source>
        <translation>图像与图的组合方式</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="84"/>
        <source>Original</source>
        <translation>原图</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="85"/>
        <source>Overlay</source>
        <translation>叠加</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="86"/>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="87"/>
        <source>Map only</source>
        <translation>仅显示图</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="112"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="114"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="125"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="133"/>
        <location filename="../../ui/MainWindow.ui" line="188"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="138"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="140"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="146"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="156"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="174"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="177"/>
        <source>Open an image file (Ctrl+O)</source>
        <translation>打开图像文件（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="180"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="191"/>
        <source>Run the selected model on the image (Ctrl+R)</source>
        <translation>在图像上运行所选模型（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="194"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="202"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="205"/>
        <source>Stop the running model (Esc)</source>
        <translation>停止正在运行的模型（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="208"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="213"/>
        <source>Overlay as &amp;PNG…</source>
        <translation>叠加图导出为 &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="216"/>
        <source>Save the image with the map blended over it</source>
        <translation>保存叠加了图的图像</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="221"/>
        <source>&amp;Map as PNG…</source>
        <translation>图导出为 PNG(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="224"/>
        <source>Save the colourised map alone</source>
        <translation>单独保存着色后的图</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="229"/>
        <source>Result as &amp;JSON…</source>
        <translation>结果导出为 &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="232"/>
        <source>Save the run&apos;s maps, statistics and timing as JSON</source>
        <translation>将本次运行的图、统计信息和耗时保存为 JSON</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="240"/>
        <source>&amp;Plugins…</source>
        <translation>插件(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="243"/>
        <source>Show the plugins that were found and why any failed</source>
        <translation>显示找到的插件以及加载失败的原因</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="248"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="251"/>
        <source>Quit AttentionLens</source>
        <translation>退出 AttentionLens</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="254"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="262"/>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="265"/>
        <source>Scale the image to fit the view</source>
        <translation>缩放图像以适应视图</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="268"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="276"/>
        <source>&amp;Actual size (1:1)</source>
        <translation>实际大小 (1:1)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="279"/>
        <source>Show one image pixel per screen pixel</source>
        <translation>每个屏幕像素显示一个图像像素</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="282"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="287"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="290"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="293"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="298"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="301"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="304"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="309"/>
        <source>&amp;About AttentionLens</source>
        <translation>关于 AttentionLens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="312"/>
        <source>About AttentionLens</source>
        <translation>关于 AttentionLens</translation>
    </message>
</context>
<context>
    <name>al::AttentionMap</name>
    <message>
        <location filename="../../src/core/AttentionMap.cpp" line="63"/>
        <source>Map &apos;%1&apos; has no float data (expected a non-empty single-channel 32-bit float matrix).</source>
        <translation>图“%1”没有浮点数据（需要非空的单通道 32 位浮点矩阵）。</translation>
    </message>
    <message>
        <location filename="../../src/core/AttentionMap.cpp" line="90"/>
        <source>Could not compute statistics of map &apos;%1&apos;: %2</source>
        <translation>无法计算图“%1”的统计信息：%2</translation>
    </message>
</context>
<context>
    <name>al::ChannelChart</name>
    <message>
        <location filename="../../src/app/ChannelChart.cpp" line="73"/>
        <source>%1: weight per channel</source>
        <translation>%1：各通道权重</translation>
    </message>
    <message>
        <location filename="../../src/app/ChannelChart.cpp" line="74"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../src/app/ChannelChart.cpp" line="75"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
</context>
<context>
    <name>al::ClutteredDigits</name>
    <message>
        <location filename="../../src/core/ClutteredDigits.cpp" line="63"/>
        <source>%1 is missing or not OpenCV&apos;s 2000x1000 digits sheet; install the Debian package opencv-doc.</source>
        <translation>%1 缺失，或不是 OpenCV 的 2000x1000 数字图表；请安装 Debian 软件包 opencv-doc。</translation>
    </message>
    <message>
        <location filename="../../src/core/ClutteredDigits.cpp" line="98"/>
        <source>Sample index %1 is negative; use an index of 0 or more.</source>
        <translation>样本索引 %1 为负数；请使用 0 或更大的索引。</translation>
    </message>
</context>
<context>
    <name>al::Colormaps</name>
    <message>
        <location filename="../../src/core/Colormaps.cpp" line="178"/>
        <source>Cannot colour a map of type %1: expected a non-empty single-channel 8-bit or 32-bit float matrix.</source>
        <translation>无法为类型为 %1 的图着色：需要非空的单通道 8 位或 32 位浮点矩阵。</translation>
    </message>
</context>
<context>
    <name>al::DisplayPanel</name>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="110"/>
        <source>Turbo</source>
        <translation>Turbo</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="110"/>
        <source>Jet</source>
        <translation>Jet</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="110"/>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="111"/>
        <source>Inferno</source>
        <translation>Inferno</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="111"/>
        <source>Magma</source>
        <translation>Magma</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="111"/>
        <source>Grey</source>
        <translation>灰度</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="114"/>
        <source>Min–max</source>
        <translation>最小–最大</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="115"/>
        <source>Percentile clip</source>
        <translation>百分位截断</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="116"/>
        <source>Fixed range</source>
        <translation>固定范围</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="117"/>
        <source>Smooth (bilinear)</source>
        <translation>平滑（双线性）</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="118"/>
        <source>Cells (nearest)</source>
        <translation>网格（最近邻）</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="119"/>
        <source>Colour map:</source>
        <translation>色图：</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="119"/>
        <source>Normalisation:</source>
        <translation>归一化：</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="120"/>
        <source>Low percentile:</source>
        <translation>下百分位：</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="120"/>
        <source>High percentile:</source>
        <translation>上百分位：</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="121"/>
        <source>Minimum:</source>
        <translation>最小值：</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="121"/>
        <source>Maximum:</source>
        <translation>最大值：</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="122"/>
        <source>Upsampling:</source>
        <translation>上采样：</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="122"/>
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="123"/>
        <source>Threshold:</source>
        <translation>阈值：</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="126"/>
        <source>How normalised values are mapped to colours.</source>
        <translation>归一化后的数值如何映射为颜色。</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="128"/>
        <source>How raw map values are scaled to 0–1 before colouring. Percentile clipping ignores outliers.</source>
        <translation>着色前如何将图的原始值缩放到 0–1。百分位截断会忽略离群值。</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="129"/>
        <location filename="../../src/app/DisplayPanel.cpp" line="130"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="131"/>
        <source>Raw value shown as 0 in fixed-range mode.</source>
        <translation>固定范围模式下显示为 0 的原始值。</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="132"/>
        <source>Raw value shown as 1 in fixed-range mode.</source>
        <translation>固定范围模式下显示为 1 的原始值。</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="133"/>
        <source>How a coarse map is resized to the image.</source>
        <translation>如何将较粗的图缩放到图像大小。</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="134"/>
        <source>Opacity of the map over the image.</source>
        <translation>图叠加在图像上的不透明度。</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="135"/>
        <source>Hide below</source>
        <translation>隐藏低于</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="136"/>
        <source>Hide normalised values below the threshold.</source>
        <translation>隐藏低于阈值的归一化值。</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="137"/>
        <source>Threshold on the normalised map (0–1); also the contour level.</source>
        <translation>归一化图上的阈值（0–1），也用作等值线的高度。</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="138"/>
        <source>Draw contour at the threshold</source>
        <translation>在阈值处绘制等值线</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="139"/>
        <location filename="../../src/app/DisplayPanel.cpp" line="186"/>
        <location filename="../../src/app/DisplayPanel.cpp" line="192"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>al::Evaluation</name>
    <message>
        <location filename="../../src/core/Evaluation.cpp" line="55"/>
        <source>Unknown dataset &apos;%1&apos;; known: %2</source>
        <translation>未知的数据集“%1”；已知数据集：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/Evaluation.cpp" line="59"/>
        <source>Model &apos;%1&apos; is not an image model.</source>
        <translation>模型“%1”不是图像模型。</translation>
    </message>
</context>
<context>
    <name>al::Exporter</name>
    <message>
        <location filename="../../src/app/Exporter.cpp" line="23"/>
        <source>Nothing to export to %1: run a model first.</source>
        <translation>没有可导出到 %1 的内容：请先运行模型。</translation>
    </message>
    <message>
        <location filename="../../src/app/Exporter.cpp" line="29"/>
        <source>“%1” is a channel map (one weight per channel) and has no picture to write to %2. Export the result as JSON to get its values, or display a spatial map.</source>
        <translation>“%1”是通道图（每个通道一个权重），没有可写入 %2 的图像。请将结果导出为 JSON 以获取其数值，或显示一张空间图。</translation>
    </message>
</context>
<context>
    <name>al::FileIO</name>
    <message>
        <location filename="../../src/core/FileIO.cpp" line="21"/>
        <source>Cannot write &apos;%1&apos;: it is a folder or empty. Choose a file name.</source>
        <translation>无法写入“%1”：它是文件夹或为空。请选择一个文件名。</translation>
    </message>
    <message>
        <location filename="../../src/core/FileIO.cpp" line="29"/>
        <source>Cannot write &apos;%1&apos;: the folder &apos;%2&apos; does not exist.</source>
        <translation>无法写入“%1”：文件夹“%2”不存在。</translation>
    </message>
    <message>
        <location filename="../../src/core/FileIO.cpp" line="35"/>
        <source>Cannot write &apos;%1&apos;: the folder &apos;%2&apos; is not writable. Choose another folder.</source>
        <translation>无法写入“%1”：文件夹“%2”不可写。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/core/FileIO.cpp" line="50"/>
        <source>Cannot write &apos;%1&apos;: %2. Choose another folder.</source>
        <translation>无法写入“%1”：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/core/FileIO.cpp" line="58"/>
        <source>Writing &apos;%1&apos; failed: %2. Check the free disk space.</source>
        <translation>写入“%1”失败：%2。请检查磁盘剩余空间。</translation>
    </message>
    <message>
        <location filename="../../src/core/FileIO.cpp" line="64"/>
        <source>Saving &apos;%1&apos; failed: %2. Check the free disk space.</source>
        <translation>保存“%1”失败：%2。请检查磁盘剩余空间。</translation>
    </message>
    <message>
        <location filename="../../src/core/FileIO.cpp" line="76"/>
        <source>Cannot save &apos;%1&apos;: unknown image type &apos;%2&apos;. Use one of: %3.</source>
        <translation>无法保存“%1”：未知的图像类型“%2”。请使用以下类型之一：%3。</translation>
    </message>
    <message>
        <location filename="../../src/core/FileIO.cpp" line="83"/>
        <source>Cannot save &apos;%1&apos;: the image is empty.</source>
        <translation>无法保存“%1”：图像为空。</translation>
    </message>
    <message>
        <location filename="../../src/core/FileIO.cpp" line="96"/>
        <source>Cannot save &apos;%1&apos;: the %2 encoder rejected this image (%3 x %4, type %5). %6</source>
        <translation>无法保存“%1”：%2 编码器拒绝了此图像（%3 x %4，类型 %5）。%6</translation>
    </message>
</context>
<context>
    <name>al::HeadGridView</name>
    <message>
        <location filename="../../src/app/HeadGridView.cpp" line="242"/>
        <source>Fused</source>
        <translation>融合</translation>
    </message>
    <message>
        <location filename="../../src/app/HeadGridView.cpp" line="242"/>
        <source>Head %1</source>
        <translation>头 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/HeadGridView.cpp" line="248"/>
        <source>This model returns no per-layer or per-head maps.</source>
        <translation>此模型不提供逐层或逐头的图。</translation>
    </message>
    <message>
        <location filename="../../src/app/HeadGridView.cpp" line="249"/>
        <source>Run an attention model to see its maps per layer and head.</source>
        <translation>运行一个注意力模型，即可按层和头查看它的图。</translation>
    </message>
</context>
<context>
    <name>al::Heatmap</name>
    <message>
        <location filename="../../src/core/Heatmap.cpp" line="28"/>
        <source>Rendering failed in %1: %2</source>
        <translation>%1 渲染失败：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/Heatmap.cpp" line="36"/>
        <source>Map &apos;%1&apos; cannot be displayed: expected a non-empty single-channel 32-bit float matrix, got %2.</source>
        <translation>无法显示图“%1”：需要非空的单通道 32 位浮点矩阵，实际为 %2。</translation>
    </message>
    <message>
        <location filename="../../src/core/Heatmap.cpp" line="40"/>
        <source>an empty matrix</source>
        <translation>空矩阵</translation>
    </message>
    <message>
        <location filename="../../src/core/Heatmap.cpp" line="49"/>
        <source>Percentile range [%1, %2] is invalid: choose 0 &lt;= low &lt; high &lt;= 100.</source>
        <translation>百分位范围 [%1, %2] 无效：请满足 0 &lt;= 下限 &lt; 上限 &lt;= 100。</translation>
    </message>
    <message>
        <location filename="../../src/core/Heatmap.cpp" line="56"/>
        <source>Fixed range [%1, %2] is invalid: the maximum must be greater than the minimum.</source>
        <translation>固定范围 [%1, %2] 无效：最大值必须大于最小值。</translation>
    </message>
    <message>
        <location filename="../../src/core/Heatmap.cpp" line="451"/>
        <source>Cannot draw over an image of type %1: expected a non-empty 8-bit BGR image.</source>
        <translation>无法在类型为 %1 的图像上绘制：需要非空的 8 位 BGR 图像。</translation>
    </message>
    <message>
        <location filename="../../src/core/Heatmap.cpp" line="453"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../src/core/Heatmap.cpp" line="462"/>
        <location filename="../../src/core/Heatmap.cpp" line="472"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../src/core/Heatmap.cpp" line="476"/>
        <source>Cannot upsample a map to an empty size (%1 x %2).</source>
        <translation>无法将图上采样到空尺寸（%1 x %2）。</translation>
    </message>
    <message>
        <location filename="../../src/core/Heatmap.cpp" line="501"/>
        <source>Cannot render map &apos;%1&apos; at an empty size (%2 x %3).</source>
        <translation>无法以空尺寸（%2 x %3）渲染图“%1”。</translation>
    </message>
</context>
<context>
    <name>al::HistogramPanel</name>
    <message>
        <location filename="../../src/app/HistogramPanel.cpp" line="98"/>
        <source>Normalised value</source>
        <translation>归一化值</translation>
    </message>
    <message>
        <location filename="../../src/app/HistogramPanel.cpp" line="99"/>
        <source>Cells</source>
        <translation>单元数</translation>
    </message>
    <message>
        <location filename="../../src/app/HistogramPanel.cpp" line="103"/>
        <source>%1 — raw values: min %2 · max %3 · mean %4</source>
        <translation>%1 — 原始值：最小 %2 · 最大 %3 · 平均 %4</translation>
    </message>
    <message>
        <location filename="../../src/app/HistogramPanel.cpp" line="101"/>
        <source>No map to show yet: open an image and run a model.</source>
        <translation>尚无可显示的图：请打开图像并运行模型。</translation>
    </message>
</context>
<context>
    <name>al::ImageConvert</name>
    <message>
        <location filename="../../src/core/ImageConvert.cpp" line="15"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageConvert.cpp" line="54"/>
        <source>Cannot show a matrix of type %1 as an image: expected 8-bit gray, BGR or BGRA.</source>
        <translation>无法将类型为 %1 的矩阵显示为图像：需要 8 位灰度、BGR 或 BGRA。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageConvert.cpp" line="100"/>
        <source>Cannot view a QImage of format %1 as a matrix: convert it to BGR888, Grayscale8 or ARGB32 first.</source>
        <translation>无法将格式为 %1 的 QImage 视为矩阵：请先将其转换为 BGR888、Grayscale8 或 ARGB32。</translation>
    </message>
</context>
<context>
    <name>al::ImageHeader</name>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="41"/>
        <source>the header is larger than %1 KiB</source>
        <translation>文件头大于 %1 KiB</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="85"/>
        <source>the header gives invalid dimensions %1 x %2</source>
        <translation>文件头给出的尺寸 %1 x %2 无效</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="95"/>
        <source>the PNG does not start with an IHDR chunk</source>
        <translation>该 PNG 不以 IHDR 块开头</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="119"/>
        <source>the JPEG has no frame header before its image data</source>
        <translation>该 JPEG 在图像数据之前没有帧头</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="124"/>
        <source>a JPEG segment has an invalid length</source>
        <translation>某个 JPEG 段的长度无效</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="129"/>
        <source>the JPEG has too many segments before its frame header</source>
        <translation>该 JPEG 在帧头之前的段过多</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="154"/>
        <source>the BMP has an unknown info header of %1 bytes</source>
        <translation>该 BMP 的信息头为未知的 %1 字节</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="176"/>
        <source>the TIFF byte-order mark is invalid</source>
        <translation>该 TIFF 的字节序标记无效</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="183"/>
        <source>the TIFF directory has %1 entries</source>
        <translation>该 TIFF 目录有 %1 个条目</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="205"/>
        <source>the TIFF has no ImageWidth/ImageLength tags</source>
        <translation>该 TIFF 没有 ImageWidth/ImageLength 标签</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="215"/>
        <source>the WebP VP8 start code is missing</source>
        <translation>缺少 WebP VP8 起始码</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="221"/>
        <source>the WebP lossless signature is missing</source>
        <translation>缺少 WebP 无损格式签名</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="227"/>
        <source>the WebP has an unknown first chunk</source>
        <translation>该 WebP 的第一个块未知</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="251"/>
        <source>the PNM dimensions are too long</source>
        <translation>该 PNM 的尺寸字段过长</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="255"/>
        <source>the PNM header has no dimensions</source>
        <translation>该 PNM 文件头没有尺寸</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="277"/>
        <source>it is not a PNG, JPEG, BMP, TIFF, WebP or PNM image</source>
        <translation>它不是 PNG、JPEG、BMP、TIFF、WebP 或 PNM 图像</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="340"/>
        <source>Cannot open the image file &apos;%1&apos;: %2.</source>
        <translation>无法打开图像文件“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="348"/>
        <source>The image file &apos;%1&apos; is truncated: its header is incomplete. Check that the file was copied completely.</source>
        <translation>图像文件“%1”被截断：文件头不完整。请检查文件是否完整复制。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="355"/>
        <source>Cannot read the image file &apos;%1&apos;: %2.</source>
        <translation>无法读取图像文件“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>al::ImageLoader</name>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="23"/>
        <source>The image file &apos;%1&apos; does not exist.</source>
        <translation>图像文件“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="26"/>
        <source>&apos;%1&apos; is a folder, not an image file. Choose an image inside it.</source>
        <translation>“%1”是文件夹，不是图像文件。请选择其中的一张图像。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="31"/>
        <source>The image file &apos;%1&apos; cannot be read: check its permissions.</source>
        <translation>无法读取图像文件“%1”：请检查其权限。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="37"/>
        <source>The image file &apos;%1&apos; is empty.</source>
        <translation>图像文件“%1”为空。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="40"/>
        <source>The image file &apos;%1&apos; is %2, over the limit of %3. Use a smaller image or raise the file size limit.</source>
        <translation>图像文件“%1”大小为 %2，超过了 %3 的上限。请使用较小的图像或提高文件大小上限。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="53"/>
        <source>The image &apos;%1&apos; is %2 x %3 pixels, over the limit of %4 pixels. Scale it down or raise the pixel limit.</source>
        <translation>图像“%1”为 %2 x %3 像素，超过了 %4 像素的上限。请缩小图像或提高像素上限。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="71"/>
        <source>Cannot open the image file &apos;%1&apos;: %2.</source>
        <translation>无法打开图像文件“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="82"/>
        <source>The image file &apos;%1&apos; is over 2 GiB.</source>
        <translation>图像文件“%1”超过 2 GiB。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="85"/>
        <source>The PNG file &apos;%1&apos; is truncated (it has no end chunk): it was not completely written or downloaded.</source>
        <translation>PNG 文件“%1”不完整（缺少结束块）：它没有被完整写入或下载。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="100"/>
        <source>The image file &apos;%1&apos; is corrupt or uses an unsupported encoding: it could not be decoded.</source>
        <translation>图像文件“%1”已损坏或使用了不受支持的编码：无法解码。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="200"/>
        <source>Images (%1)</source>
        <translation>图像 (%1)</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="202"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="225"/>
        <source>Could not convert the image &apos;%1&apos; for display: %2</source>
        <translation>无法转换图像“%1”以供显示：%2</translation>
    </message>
</context>
<context>
    <name>al::InputsPanel</name>
    <message>
        <location filename="../../src/app/InputsPanel.cpp" line="139"/>
        <source>Open image…</source>
        <translation>打开图像…</translation>
    </message>
    <message>
        <location filename="../../src/app/InputsPanel.cpp" line="140"/>
        <source>Choose an image file to analyse.</source>
        <translation>选择要分析的图像文件。</translation>
    </message>
    <message>
        <location filename="../../src/app/InputsPanel.cpp" line="141"/>
        <source>or drop an image file onto the window.</source>
        <translation>或将图像文件拖放到窗口中。</translation>
    </message>
    <message>
        <location filename="../../src/app/InputsPanel.cpp" line="142"/>
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
    <message>
        <location filename="../../src/app/InputsPanel.cpp" line="143"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../src/app/InputsPanel.cpp" line="144"/>
        <source>Forget the recent files.</source>
        <translation>清除最近文件列表。</translation>
    </message>
    <message>
        <location filename="../../src/app/InputsPanel.cpp" line="145"/>
        <source>Samples (double-click to open)</source>
        <translation>示例（双击打开）</translation>
    </message>
    <message>
        <location filename="../../src/app/InputsPanel.cpp" line="146"/>
        <source>Samples: none installed</source>
        <translation>示例：未安装</translation>
    </message>
    <message>
        <location filename="../../src/app/InputsPanel.cpp" line="147"/>
        <source>Samples of “%1” (double-click to open)</source>
        <translation>“%1”的示例（双击打开）</translation>
    </message>
</context>
<context>
    <name>al::MainWindow</name>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="224"/>
        <source>About AttentionLens</source>
        <translation>关于 AttentionLens</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="225"/>
        <source>&lt;b&gt;AttentionLens %1&lt;/b&gt;&lt;p&gt;See and explain attention maps of neural networks and classical saliency models.&lt;/p&gt;</source>
        <translation>&lt;b&gt;AttentionLens %1&lt;/b&gt;&lt;p&gt;查看并解释神经网络的注意力图和经典显著性模型。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="262"/>
        <source>Run cancelled.</source>
        <translation>运行已取消。</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="281"/>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="281"/>
        <source>Model and parameters</source>
        <translation>模型与参数</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="281"/>
        <source>Maps</source>
        <translation>图列表</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="281"/>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="282"/>
        <source>Histogram</source>
        <translation>直方图</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="282"/>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="285"/>
        <source>Overlay</source>
        <translation>叠加</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="286"/>
        <source>The image with the selected map</source>
        <translation>叠加了所选图的图像</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="287"/>
        <source>Heads</source>
        <translation>注意力头</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="289"/>
        <source>Every layer and head of an attention model at a glance; click one to show it over the image</source>
        <translation>一览注意力模型的每一层、每个头；单击其中一个即可将其叠加到图像上</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="291"/>
        <location filename="../../src/app/MainWindow.cpp" line="501"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="292"/>
        <source>Save the overlay, the map or the result as a file</source>
        <translation>将叠加图、图或结果保存为文件</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="293"/>
        <location filename="../../src/app/MainWindow.cpp" line="524"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="294"/>
        <source>Switch the interface language</source>
        <translation>切换界面语言</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="339"/>
        <source>Open image</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="350"/>
        <source>Cannot open image</source>
        <translation>无法打开图像</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="351"/>
        <source>Could not open “%1”.

%2

Choose another image (PNG, JPEG, BMP, TIFF, WebP or PNM) or check that the file is complete.</source>
        <translation>无法打开“%1”。

%2

请选择其他图像（PNG、JPEG、BMP、TIFF、WebP 或 PNM），或检查文件是否完整。</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="360"/>
        <source>%1 — AttentionLens</source>
        <translation>%1 — AttentionLens</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="362"/>
        <source>Opened %1 (%2×%3).</source>
        <translation>已打开 %1（%2×%3）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="409"/>
        <source>%1 finished: %n map(s).</source>
        <translation>
            <numerusform>%1 已完成：共 %n 张图。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="415"/>
        <source>Run failed.</source>
        <translation>运行失败。</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="418"/>
        <source>The plugin failed. Try other parameters or another model; Tools ▸ Plugins… lists the plugins and their problems.</source>
        <translation>插件出错。请尝试其他参数或其他模型；“工具 ▸ 插件…”列出了各插件及其问题。</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="420"/>
        <source>Check the image and the parameters, then run again.</source>
        <translation>请检查图像和参数，然后重新运行。</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="421"/>
        <source>Run failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="422"/>
        <source>The model “%1” could not process “%2”.

%3

%4</source>
        <translation>模型“%1”无法处理“%2”。

%3

%4</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="469"/>
        <source>x %1, y %2</source>
        <translation>x %1，y %2</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="474"/>
        <source> · value %1</source>
        <translation> · 值 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="474"/>
        <source> · outside the map</source>
        <translation> · 在图的范围之外</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="499"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="499"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="513"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="514"/>
        <source>Could not write “%1”.

%2

Choose another folder or free some disk space.</source>
        <translation>无法写入“%1”。

%2

请选择其他文件夹或释放一些磁盘空间。</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="518"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="524"/>
        <source>The translation “%1” is missing from this build; the interface stays in English.</source>
        <translation>此版本缺少“%1”翻译；界面将保持英文。</translation>
    </message>
</context>
<context>
    <name>al::MapListPanel</name>
    <message>
        <location filename="../../src/app/MapListPanel.cpp" line="42"/>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <location filename="../../src/app/MapListPanel.cpp" line="49"/>
        <source>Range %1 … %2, mean %3</source>
        <translation>范围 %1 … %2，平均 %3</translation>
    </message>
    <message>
        <location filename="../../src/app/MapListPanel.cpp" line="72"/>
        <source>Other maps</source>
        <translation>其他图</translation>
    </message>
    <message>
        <location filename="../../src/app/MapListPanel.cpp" line="126"/>
        <source>Map</source>
        <translation>图</translation>
    </message>
    <message>
        <location filename="../../src/app/MapListPanel.cpp" line="126"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../src/app/MapListPanel.cpp" line="129"/>
        <source>Run a model to list its maps.</source>
        <translation>运行模型后将在此列出其输出的图。</translation>
    </message>
</context>
<context>
    <name>al::ModelCardDialog</name>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="26"/>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="28"/>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="30"/>
        <source>on/off</source>
        <translation>开/关</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="32"/>
        <source>choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="41"/>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="55"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="56"/>
        <source>Plugin</source>
        <translation>插件</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="57"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="61"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="63"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="68"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="68"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="68"/>
        <source>Allowed</source>
        <translation>允许值</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="69"/>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="69"/>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="102"/>
        <source>Model package</source>
        <translation>模型包</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="103"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="105"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="110"/>
        <source>(recipe version %1)</source>
        <translation>（配方版本 %1）</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="112"/>
        <source>Data recipe</source>
        <translation>数据配方</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="115"/>
        <source>Data generator</source>
        <translation>数据生成器</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="120"/>
        <source>Training command</source>
        <translation>训练命令</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="122"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="127"/>
        <source>Metric: %1</source>
        <translation>指标：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="154"/>
        <source>card.json field</source>
        <translation>card.json 字段</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="154"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="165"/>
        <source>Model card: %1</source>
        <translation>模型卡片：%1</translation>
    </message>
</context>
<context>
    <name>al::ModelPackage</name>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="28"/>
        <source>model.json of &apos;%1&apos;: field &apos;%2&apos; %3</source>
        <translation>“%1”的 model.json：字段“%2”%3</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="36"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="42"/>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="51"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="57"/>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="63"/>
        <source>is &apos;%1&apos;; expected one of: %2</source>
        <translation>为“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="70"/>
        <source>must be an array of whole numbers</source>
        <translation>必须是整数数组</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="74"/>
        <source>must be an array of positive whole numbers</source>
        <translation>必须是正整数数组</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="83"/>
        <location filename="../../src/core/ModelPackage.cpp" line="87"/>
        <source>must be an array of numbers</source>
        <translation>必须是数字数组</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="95"/>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="101"/>
        <location filename="../../src/core/ModelPackage.cpp" line="107"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="122"/>
        <location filename="../../src/core/ModelPackage.cpp" line="256"/>
        <source>Model package &apos;%1&apos;: cannot read %2: %3</source>
        <translation>模型包“%1”：无法读取 %2：%3</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="128"/>
        <source>Model package &apos;%1&apos;: %2 is not a JSON object (%3 at offset %4)</source>
        <translation>模型包“%1”：%2 不是 JSON 对象（偏移 %4 处：%3）</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="141"/>
        <source>must be [1, C, H, W] with batch 1 and C = 1 or 3</source>
        <translation>必须为 [1, C, H, W]，批大小为 1，且 C = 1 或 3</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="152"/>
        <source>&apos;%1&apos; does not match %2 input channel(s)</source>
        <translation>“%1”与 %2 个输入通道不匹配</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="160"/>
        <source>must have %1 value(s)</source>
        <translation>必须有 %1 个值</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="164"/>
        <source>must have %1 positive value(s)</source>
        <translation>必须有 %1 个正值</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="185"/>
        <source>must be at least 1</source>
        <translation>必须至少为 1</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="190"/>
        <source>must index an axis of &apos;shape&apos; of size heads (%1)</source>
        <translation>必须指向“shape”中大小等于头数（%1）的轴</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="201"/>
        <source>must give rows and cols for a %1 map</source>
        <translation>必须为 %1 图给出 rows 和 cols</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="232"/>
        <source>names &apos;%1&apos;, which is not a token-to-token attention output</source>
        <translation>指向“%1”，但它不是词元到词元的注意力输出</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="240"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="271"/>
        <source>names &apos;%1&apos;, which does not exist</source>
        <translation>指向“%1”，但它不存在</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="282"/>
        <source>names &apos;%1&apos;, which is not in &apos;outputs&apos;</source>
        <translation>指向“%1”，但它不在“outputs”中</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="292"/>
        <source>lists a name twice</source>
        <translation>重复列出了同一名称</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="301"/>
        <source>Model package folder &apos;%1&apos; does not exist</source>
        <translation>模型包文件夹“%1”不存在</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="309"/>
        <source>must be &quot;attentionlens-model&quot;</source>
        <translation>必须为 &quot;attentionlens-model&quot;</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="312"/>
        <source>is not supported by this AttentionLens (expected 1)</source>
        <translation>不受此版本 AttentionLens 支持（应为 1）</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="318"/>
        <source>must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>只能包含小写字母、数字、“.”和“-”</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="370"/>
        <source>names &apos;%1&apos;, which is not an attention output</source>
        <translation>指向“%1”，但它不是注意力输出</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="374"/>
        <source>is &quot;rollout&quot; but the manifest has no &apos;rollout&apos;</source>
        <translation>为 &quot;rollout&quot;，但清单中没有“rollout”</translation>
    </message>
</context>
<context>
    <name>al::ModelPanel</name>
    <message>
        <location filename="../../src/app/ModelPanel.cpp" line="58"/>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelPanel.cpp" line="59"/>
        <source>Model card…</source>
        <translation>模型卡片…</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelPanel.cpp" line="60"/>
        <source>What the model does, its inputs and every parameter</source>
        <translation>模型的作用、输入以及所有参数</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelPanel.cpp" line="123"/>
        <source>No models are available. Open Plugins… to see which plugins were found and why they failed, or start with --plugin-dir to add a folder.</source>
        <translation>没有可用的模型。打开“插件…”查看找到了哪些插件以及失败原因，或使用 --plugin-dir 启动以添加插件文件夹。</translation>
    </message>
</context>
<context>
    <name>al::ModelTypes</name>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="29"/>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="30"/>
        <source>at most %1</source>
        <translation>至多 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="35"/>
        <source>Parameter &apos;%1&apos; expects %2, got &apos;%3&apos;.</source>
        <translation>参数“%1”需要%2，实际为“%3”。</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="70"/>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="88"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="110"/>
        <source>true or false (also 1/0, yes/no, on/off)</source>
        <translation>true 或 false（也可用 1/0、yes/no、on/off）</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="118"/>
        <source>Parameter &apos;%1&apos; must be one of %2, got &apos;%3&apos;.</source>
        <translation>参数“%1”必须是 %2 之一，实际为“%3”。</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="131"/>
        <source>Parameter &apos;%1&apos; = %2 is out of range; allowed: %3.</source>
        <translation>参数“%1” = %2 超出范围；允许：%3。</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="196"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="200"/>
        <source>Unknown parameter &apos;%1&apos; for this model; known: %2</source>
        <translation>此模型没有参数“%1”；已知参数：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="221"/>
        <source>Malformed parameter assignment &apos;%1&apos;; expected name=value, e.g. sigma=2.5</source>
        <translation>参数赋值“%1”格式错误；应为 名称=值，例如 sigma=2.5</translation>
    </message>
</context>
<context>
    <name>al::Onnx</name>
    <message>
        <location filename="../../plugins/onnx/Preprocess.cpp" line="34"/>
        <source>The model needs a colour (BGR, 8-bit) image.</source>
        <translation>该模型需要彩色（BGR，8 位）图像。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxPlugin.cpp" line="21"/>
        <source>Model package %1: id &apos;%2&apos; is already provided by an earlier folder; skipped.</source>
        <translation>模型包 %1：ID“%2”已由之前的文件夹提供；已跳过。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxPlugin.cpp" line="32"/>
        <source>Model package %1: %2</source>
        <translation>模型包 %1：%2</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="46"/>
        <source>Model package &apos;%1&apos;: OpenCV cannot import %2: %3</source>
        <translation>模型包“%1”：OpenCV 无法导入 %2：%3</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="55"/>
        <source>Model package &apos;%1&apos;: the input %2 x %3 x %4 has more than %5 values; export the model for a smaller input.</source>
        <translation>模型包“%1”：输入 %2 x %3 x %4 的数值超过 %5 个；请以更小的输入尺寸导出模型。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="69"/>
        <source>Model package &apos;%1&apos; does not run: %2</source>
        <translation>模型包“%1”无法运行：%2</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="76"/>
        <source>Model package &apos;%1&apos;: graph output &apos;%2&apos; has %3 values, model.json declares %4</source>
        <translation>模型包“%1”：图输出“%2”有 %3 个值，而 model.json 声明为 %4 个</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="86"/>
        <source>Model package &apos;%1&apos;: the prediction has %2 classes but labels.txt has %3</source>
        <translation>模型包“%1”：预测有 %2 个类别，但 labels.txt 有 %3 个</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="98"/>
        <source>Top predictions</source>
        <translation>最可能的预测数</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="99"/>
        <source>How many of the most likely classes to report.</source>
        <translation>报告多少个最可能的类别。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="112"/>
        <source>Head fusion</source>
        <translation>注意力头融合</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="113"/>
        <source>How the heads of a layer are combined for the fused and rollout maps.</source>
        <translation>生成融合图和 rollout 图时，如何合并同一层的各个注意力头。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="123"/>
        <source>Residual weight</source>
        <translation>残差权重</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="124"/>
        <source>Weight r of the identity in (1 - r) A + r I, standing for the skip connection in rollout.</source>
        <translation>(1 - r) A + r I 中单位矩阵的权重 r，在 rollout 中代表跳跃连接。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="134"/>
        <source>Discard ratio</source>
        <translation>丢弃比例</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="135"/>
        <source>Fraction of the weakest attention links dropped in each layer before rollout.</source>
        <translation>rollout 之前每层丢弃的最弱注意力连接所占比例。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="149"/>
        <source>Model &apos;%1&apos; takes one input of shape [1, %2, %3, %4] (batch 1).</source>
        <translation>模型“%1”接受一个形状为 [1, %2, %3, %4] 的输入（批大小 1）。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="163"/>
        <source>Model &apos;%1&apos;: OpenCV DNN failed: %2</source>
        <translation>模型“%1”：OpenCV DNN 出错：%2</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="177"/>
        <source>Model &apos;%1&apos;: OpenCV failed: %2</source>
        <translation>模型“%1”：OpenCV 出错：%2</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="186"/>
        <source>Model &apos;%1&apos; needs an image.</source>
        <translation>模型“%1”需要图像。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="189"/>
        <source>Running the network</source>
        <translation>正在运行网络</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="203"/>
        <source>Reading the attention outputs</source>
        <translation>正在读取注意力输出</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="16"/>
        <source>Output &apos;%1&apos; does not match its manifest entry: %2</source>
        <translation>输出“%1”与清单中的条目不符：%2</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="23"/>
        <source>the network did not return it</source>
        <translation>网络没有返回它</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="79"/>
        <source>%1 · head %2</source>
        <translation>%1 · 头 %2</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="87"/>
        <source>%1 values per head, expected a %2x%3 grid</source>
        <translation>每个头 %1 个值，应为 %2x%3 的网格</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="104"/>
        <source>%1 channel weights, expected %2</source>
        <translation>%1 个通道权重，应为 %2 个</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="131"/>
        <source>%1 values per head is not an N x N matrix holding a %2x%3 patch grid</source>
        <translation>每个头 %1 个值，不构成包含 %2x%3 图块网格的 N x N 矩阵</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="146"/>
        <source>%1 · head %2 · CLS to patches</source>
        <translation>%1 · 头 %2 · CLS 到图块</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="155"/>
        <source>%1 · heads fused (%2) · CLS to patches</source>
        <translation>%1 · 融合各头（%2）· CLS 到图块</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="178"/>
        <source>Attention rollout (%1 heads)</source>
        <translation>注意力 rollout（%1 个头）</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="179"/>
        <source>How much each patch flows into the class token through all layers, with the residual connections counted (Abnar &amp; Zuidema, 2020).</source>
        <translation>计入残差连接后，各图块经过所有层流入类别词元的程度（Abnar &amp; Zuidema, 2020）。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="183"/>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="216"/>
        <source>%1 values, the manifest&apos;s shape has %2</source>
        <translation>%1 个值，而清单中的形状有 %2 个</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="225"/>
        <source>the head axis must be the outermost axis larger than 1</source>
        <translation>头所在的轴必须是最外层大于 1 的轴</translation>
    </message>
</context>
<context>
    <name>al::OnnxInspect</name>
    <message>
        <location filename="../../src/core/OnnxInspect.cpp" line="242"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/OnnxInspect.cpp" line="246"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../src/core/OnnxInspect.cpp" line="248"/>
        <source>larger than 2 GiB (external data is not supported)</source>
        <translation>大于 2 GiB（不支持外部数据）</translation>
    </message>
    <message>
        <location filename="../../src/core/OnnxInspect.cpp" line="280"/>
        <source>not an ONNX model (the protobuf data is damaged)</source>
        <translation>不是 ONNX 模型（protobuf 数据已损坏）</translation>
    </message>
    <message>
        <location filename="../../src/core/OnnxInspect.cpp" line="284"/>
        <source>not an ONNX model (no graph)</source>
        <translation>不是 ONNX 模型（没有计算图）</translation>
    </message>
</context>
<context>
    <name>al::ParametersPanel</name>
    <message>
        <location filename="../../src/app/ParametersPanel.cpp" line="182"/>
        <source>This model has no parameters.</source>
        <translation>此模型没有参数。</translation>
    </message>
    <message>
        <location filename="../../src/app/ParametersPanel.cpp" line="183"/>
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../src/app/ParametersPanel.cpp" line="184"/>
        <source>Set every parameter back to the model&apos;s default value.</source>
        <translation>将所有参数恢复为模型的默认值。</translation>
    </message>
</context>
<context>
    <name>al::PluginRegistry</name>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="47"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="69"/>
        <source>implements plugin interface &apos;%1&apos;, but this AttentionLens expects &apos;%2&apos; — rebuild the plugin against this version</source>
        <translation>实现的插件接口为“%1”，但此版本 AttentionLens 需要“%2”——请针对此版本重新构建插件</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="72"/>
        <source>is a Qt plugin for &apos;%1&apos;, not an AttentionLens plugin (expected interface &apos;%2&apos;)</source>
        <translation>是用于“%1”的 Qt 插件，而不是 AttentionLens 插件（需要接口“%2”）</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="99"/>
        <source>the plugin metadata lacks %1 — add them to the plugin&apos;s JSON file</source>
        <translation>插件元数据缺少 %1——请将其添加到插件的 JSON 文件中</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="121"/>
        <source>its root object does not implement al::AttentionPlugin — check Q_INTERFACES in the plugin class</source>
        <translation>其根对象未实现 al::AttentionPlugin——请检查插件类中的 Q_INTERFACES</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="134"/>
        <source>A null model was skipped.</source>
        <translation>已跳过一个空模型。</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="146"/>
        <location filename="../../src/core/PluginRegistry.cpp" line="486"/>
        <source>unknown exception</source>
        <translation>未知异常</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="149"/>
        <source>initialisation failed: %1</source>
        <translation>初始化失败：%1</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="163"/>
        <source>declares an invalid plugin API version %1.%2</source>
        <translation>声明了无效的插件 API 版本 %1.%2</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="167"/>
        <source>built for plugin API %1.x; this AttentionLens supports %2.x — rebuild the plugin against this version</source>
        <translation>为插件 API %1.x 构建；此版本 AttentionLens 支持 %2.x——请针对此版本重新构建插件</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="175"/>
        <source>built for plugin API %1.%2, newer than this AttentionLens (%1.%3) — update AttentionLens or rebuild the plugin against this version</source>
        <translation>为插件 API %1.%2 构建，比此版本 AttentionLens（%1.%3）更新——请更新 AttentionLens 或针对此版本重新构建插件</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="184"/>
        <source>Built for the older plugin API %1.%2 (this AttentionLens: %1.%3); loaded, but rebuilding the plugin is recommended.</source>
        <translation>为较旧的插件 API %1.%2 构建（此版本 AttentionLens：%1.%3）；已加载，但建议重新构建插件。</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="237"/>
        <source>plugin id &apos;%1&apos; is already provided by &apos;%2&apos;; this copy is skipped</source>
        <translation>插件 ID“%1”已由“%2”提供；已跳过此副本</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="246"/>
        <source>A model without an id was skipped.</source>
        <translation>已跳过一个没有 ID 的模型。</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="252"/>
        <source>Model &apos;%1&apos; is already provided by plugin &apos;%2&apos;; skipped.</source>
        <translation>模型“%1”已由插件“%2”提供；已跳过。</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="300"/>
        <source>not a Qt plugin, or the file is damaged (%1) — remove it from the plugin folder</source>
        <translation>不是 Qt 插件，或文件已损坏（%1）——请将其从插件文件夹中移除</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="307"/>
        <source>could not be loaded: %1 — check that it was built against this AttentionLens and that its libraries are installed</source>
        <translation>无法加载：%1——请检查它是否针对此版本 AttentionLens 构建，以及其依赖库是否已安装</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="409"/>
        <source>Model &apos;%1&apos; does not take %2 input; it takes: %3.</source>
        <translation>模型“%1”不接受%2输入；它接受：%3。</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="420"/>
        <source>Model &apos;%1&apos; needs an image, but the input image is empty.</source>
        <translation>模型“%1”需要图像，但输入图像为空。</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="427"/>
        <source>Model &apos;%1&apos; needs a %2 image, got %3.</source>
        <translation>模型“%1”需要 %2 图像，实际为 %3。</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="435"/>
        <source>Model &apos;%1&apos; needs text, but the input is empty.</source>
        <translation>模型“%1”需要文本，但输入为空。</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="446"/>
        <source>map &apos;%1&apos; is empty</source>
        <translation>图“%1”为空</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="449"/>
        <source>map &apos;%1&apos; has type %2, expected CV_32FC1</source>
        <translation>图“%1”的类型为 %2，应为 CV_32FC1</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="453"/>
        <source>map &apos;%1&apos; contains NaN or infinite values</source>
        <translation>图“%1”包含 NaN 或无穷大值</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="457"/>
        <location filename="../../src/core/PluginRegistry.cpp" line="491"/>
        <source>Model &apos;%1&apos; failed: %2</source>
        <translation>模型“%1”运行失败：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="481"/>
        <source>OpenCV error: %1</source>
        <translation>OpenCV 错误：%1</translation>
    </message>
</context>
<context>
    <name>al::PluginsDialog</name>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="18"/>
        <source>Plugins</source>
        <translation>插件</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="21"/>
        <source>Plugins found at start-up. A plugin that failed to load is listed with the reason; fix or remove the file and restart AttentionLens.</source>
        <translation>启动时找到的插件。加载失败的插件会列出原因；请修复或移除该文件，然后重新启动 AttentionLens。</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="43"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="43"/>
        <source>Plugin</source>
        <translation>插件</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="43"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="43"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="44"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="44"/>
        <source>Error or note</source>
        <translation>错误或备注</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="44"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="53"/>
        <source>Loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="53"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="55"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="57"/>
        <source>(unreadable)</source>
        <translation>（无法读取）</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="59"/>
        <source>built in: %1</source>
        <translation>内置：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="74"/>
        <source>Searched folders, in order:</source>
        <translation>按顺序搜索的文件夹：</translation>
    </message>
</context>
<context>
    <name>al::PredictionsPanel</name>
    <message>
        <location filename="../../src/app/PredictionsPanel.cpp" line="105"/>
        <source>This model returns no class predictions.</source>
        <translation>此模型不输出类别预测。</translation>
    </message>
    <message>
        <location filename="../../src/app/PredictionsPanel.cpp" line="106"/>
        <source>Run a classifier to see its top predictions.</source>
        <translation>运行一个分类模型，即可查看它最可能的预测。</translation>
    </message>
    <message>
        <location filename="../../src/app/PredictionsPanel.cpp" line="107"/>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../../src/app/PredictionsPanel.cpp" line="107"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../src/app/PredictionsPanel.cpp" line="113"/>
        <source>Best: %1 (%2)</source>
        <translation>最佳：%1（%2）</translation>
    </message>
</context>
<context>
    <name>al::RunControl</name>
    <message>
        <location filename="../../src/core/RunControl.cpp" line="29"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>al::Saliency</name>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="61"/>
        <source>Fine-grained saliency (Montabone &amp; Soto 2010)</source>
        <translation>细粒度显著性（Montabone &amp; Soto 2010）</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="64"/>
        <source>Centre-surround differences of intensity at several scales, computed with integral images; keeps fine detail at full resolution.</source>
        <translation>利用积分图在多个尺度上计算亮度的中心–周边差异；在全分辨率下保留细节。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="83"/>
        <source>Maximum side</source>
        <translation>最大边长</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="84"/>
        <source>The image is shrunk so that its longer side is at most this many pixels; smaller is faster.</source>
        <translation>将图像缩小，使其长边不超过此像素数；越小越快。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="104"/>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="134"/>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="88"/>
        <source>Intensity</source>
        <translation>亮度</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="109"/>
        <source>Centre-surround</source>
        <translation>中心–周边</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="114"/>
        <source>Model %1: OpenCV&apos;s fine-grained saliency returned no map.</source>
        <translation>模型 %1：OpenCV 的细粒度显著性没有返回图。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="118"/>
        <source>On- and off-centre maps</source>
        <translation>中心开与中心关图</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="123"/>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="156"/>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="93"/>
        <source>Saliency</source>
        <translation>显著性</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="124"/>
        <source>Sum of on-centre and off-centre intensity contrast over six scales, scaled to [0,1] (OpenCV).</source>
        <translation>六个尺度上中心开与中心关亮度对比之和，缩放到 [0,1]（OpenCV）。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="132"/>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="91"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="135"/>
        <source>The grey-level intensity in [0,1] at the working size: the only channel this model looks at (it is blind to colour contrast).</source>
        <translation>工作尺寸下 [0,1] 范围内的灰度亮度：这是此模型唯一使用的通道（它对颜色对比不敏感）。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="139"/>
        <source>Recomputed by AttentionLens with the detector&apos;s steps, since OpenCV does not expose it.</source>
        <translation>由于 OpenCV 不公开该结果，由 AttentionLens 按检测器的步骤重新计算。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="143"/>
        <source>On-centre contrast</source>
        <translation>中心开对比</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="144"/>
        <source>Where a pixel is brighter than its surround, summed over six surround sizes. %1</source>
        <translation>像素比周边更亮之处，在六种周边尺寸上求和。%1</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="150"/>
        <source>Off-centre contrast</source>
        <translation>中心关对比</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="151"/>
        <source>Where a pixel is darker than its surround, summed over six surround sizes. %1</source>
        <translation>像素比周边更暗之处，在六种周边尺寸上求和。%1</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="156"/>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="143"/>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="200"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="48"/>
        <source>Pyramids</source>
        <translation>金字塔</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="54"/>
        <source>Intensity contrast</source>
        <translation>亮度对比</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="58"/>
        <source>Colour opponency</source>
        <translation>颜色拮抗</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="66"/>
        <source>Orientation contrast</source>
        <translation>方向对比</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="74"/>
        <source>Combining</source>
        <translation>正在合成</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="90"/>
        <source>Red/green</source>
        <translation>红/绿</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="92"/>
        <source>Blue/yellow</source>
        <translation>蓝/黄</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="93"/>
        <source>Orientation %1°</source>
        <translation>方向 %1°</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="100"/>
        <source>Itti-Koch-Niebur (1998)</source>
        <translation>Itti-Koch-Niebur（1998）</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="103"/>
        <source>The classic bottom-up model: centre-surround contrast of intensity, colour opponency and orientation over a 9-level pyramid, normalised so that unique features win.</source>
        <translation>经典的自下而上模型：在 9 层金字塔上计算亮度、颜色拮抗和方向的中心–周边对比，并通过归一化让独特的特征胜出。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="111"/>
        <source>Intensity weight</source>
        <translation>亮度权重</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="112"/>
        <source>How much the intensity conspicuity map contributes to the saliency map.</source>
        <translation>亮度醒目图对显著性图的贡献程度。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="115"/>
        <source>Colour weight</source>
        <translation>颜色权重</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="116"/>
        <source>How much the colour conspicuity map contributes to the saliency map.</source>
        <translation>颜色醒目图对显著性图的贡献程度。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="120"/>
        <source>Orientation weight</source>
        <translation>方向权重</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="121"/>
        <source>How much the orientation conspicuity map contributes to the saliency map.</source>
        <translation>方向醒目图对显著性图的贡献程度。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="136"/>
        <source>Model %1: at least one of weight_intensity, weight_color and weight_orientation must be above 0.</source>
        <translation>模型 %1：weight_intensity、weight_color 和 weight_orientation 中至少一个必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="157"/>
        <source>Weighted mean of the normalised conspicuity maps, at pyramid scale 4 (1/16 of the input size).</source>
        <translation>归一化醒目图的加权平均，位于金字塔第 4 层（输入尺寸的 1/16）。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="163"/>
        <source>Conspicuity</source>
        <translation>醒目图</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="165"/>
        <source>Intensity conspicuity</source>
        <translation>亮度醒目图</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="166"/>
        <source>Sum over scales of the normalised intensity contrast maps.</source>
        <translation>各尺度归一化亮度对比图之和。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="170"/>
        <source>Colour conspicuity</source>
        <translation>颜色醒目图</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="171"/>
        <source>Sum over scales of the normalised red/green and blue/yellow maps.</source>
        <translation>各尺度归一化红/绿与蓝/黄图之和。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="175"/>
        <source>Orientation conspicuity</source>
        <translation>方向醒目图</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="176"/>
        <source>Sum over the four orientations of their normalised contrast maps.</source>
        <translation>四个方向的归一化对比图之和。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="179"/>
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="183"/>
        <source>%1, centre %2, surround %3</source>
        <translation>%1，中心 %2，周边 %3</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="189"/>
        <source>|centre - surround| at pyramid scale %1, before normalisation.</source>
        <translation>金字塔第 %1 层的 |中心 - 周边|，归一化之前。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SaliencyCommon.cpp" line="17"/>
        <source>Model %1 needs an image, but the input is empty. Open an image first.</source>
        <translation>模型 %1 需要图像，但输入为空。请先打开一张图像。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SaliencyCommon.cpp" line="23"/>
        <source>Model %1 needs an 8-bit colour (BGR, CV_8UC3) image; this input is %2. Load it with loadImage().</source>
        <translation>模型 %1 需要 8 位彩色（BGR，CV_8UC3）图像；此输入为 %2。请使用 loadImage() 加载。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SaliencyCommon.cpp" line="63"/>
        <source>Parameter %1 of model %2 must be a number from %3 to %4; got &quot;%5&quot;.</source>
        <translation>模型 %2 的参数 %1 必须是 %3 到 %4 之间的数字；实际为 &quot;%5&quot;。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SaliencyCommon.cpp" line="115"/>
        <source>Model %1 failed inside OpenCV: %2</source>
        <translation>模型 %1 在 OpenCV 内部出错：%2</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SaliencyCommon.cpp" line="119"/>
        <source>Model %1 ran out of memory on a %2 x %3 image; try a smaller image.</source>
        <translation>模型 %1 处理 %2 x %3 的图像时内存不足；请尝试较小的图像。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="136"/>
        <source>Spectral residual (Hou &amp; Zhang 2007)</source>
        <translation>谱残差（Hou &amp; Zhang 2007）</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="139"/>
        <source>Finds what is unexpected in the image&apos;s frequency spectrum: the log amplitude spectrum minus its local average is turned back into an image. Fast and blob-like.</source>
        <translation>找出图像频谱中出乎意料的部分：对数幅度谱减去其局部平均后再变换回图像。速度快，结果呈团块状。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="159"/>
        <source>Working width</source>
        <translation>工作宽度</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="160"/>
        <source>The image is shrunk to this width (keeping its aspect ratio) before the spectrum is computed; the paper uses 64.</source>
        <translation>计算频谱前将图像缩小到此宽度（保持宽高比）；论文中使用 64。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="168"/>
        <source>Smoothing sigma</source>
        <translation>平滑 sigma</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="169"/>
        <source>Standard deviation, in working-size pixels, of the Gaussian that smooths the saliency map; 1.5 is close to OpenCV&apos;s implementation, larger values give blobbier maps, 0 turns smoothing off.</source>
        <translation>用于平滑显著性图的高斯核标准差（以工作尺寸像素计）；1.5 接近 OpenCV 的实现，数值越大图越呈团块状，0 表示不平滑。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="182"/>
        <source>Spectrum</source>
        <translation>频谱</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="194"/>
        <source>OpenCV reference</source>
        <translation>OpenCV 参考</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="94"/>
        <source>Spectral-residual saliency: the squared inverse transform of the residual, smoothed and scaled to [0,1].</source>
        <translation>谱残差显著性：残差逆变换的平方，经平滑并缩放到 [0,1]。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="100"/>
        <source>Frequency domain, not image space: zero frequency is in the centre.</source>
        <translation>频域而非图像空间：零频率位于中心。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="103"/>
        <source>Log amplitude spectrum</source>
        <translation>对数幅度谱</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="104"/>
        <source>log |F(f)| of the grey image. %1</source>
        <translation>灰度图像的 log |F(f)|。%1</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="107"/>
        <source>Averaged log amplitude</source>
        <translation>平均对数幅度</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="108"/>
        <source>The log amplitude after a 3 x 3 mean filter: the expected, smooth part of the spectrum. %1</source>
        <translation>经 3 x 3 均值滤波后的对数幅度：频谱中可预期的平滑部分。%1</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="114"/>
        <source>Spectral residual</source>
        <translation>谱残差</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="115"/>
        <source>Log amplitude minus its average: the unexpected part of the spectrum. %1</source>
        <translation>对数幅度减去其平均值：频谱中出乎意料的部分。%1</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="120"/>
        <source>Saliency before smoothing</source>
        <translation>平滑前的显著性</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="121"/>
        <source>|IFFT(exp(R + iP))|^2 before the Gaussian smoothing.</source>
        <translation>高斯平滑之前的 |IFFT(exp(R + iP))|^2。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="124"/>
        <source>OpenCV spectral residual</source>
        <translation>OpenCV 谱残差</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="125"/>
        <source>cv::saliency::StaticSaliencySpectralResidual at the same working size, for comparison.</source>
        <translation>相同工作尺寸下的 cv::saliency::StaticSaliencySpectralResidual，用于对比。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="128"/>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
</context>
<context>
    <name>al::StatusBarController</name>
    <message>
        <location filename="../../src/app/StatusBarController.cpp" line="86"/>
        <source>Running %1…</source>
        <translation>正在运行 %1…</translation>
    </message>
    <message>
        <location filename="../../src/app/StatusBarController.cpp" line="87"/>
        <source>cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../src/app/StatusBarController.cpp" line="88"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/StatusBarController.cpp" line="90"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../src/app/StatusBarController.cpp" line="92"/>
        <source>No run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <location filename="../../src/app/StatusBarController.cpp" line="93"/>
        <source>Last run: %1 ms</source>
        <translation>上次运行：%1 毫秒</translation>
    </message>
</context>
<context>
    <name>al::TokenAttention</name>
    <message>
        <location filename="../../src/core/TokenAttention.cpp" line="32"/>
        <source>No attention heads to fuse.</source>
        <translation>没有可融合的注意力头。</translation>
    </message>
    <message>
        <location filename="../../src/core/TokenAttention.cpp" line="36"/>
        <source>Attention heads must be non-empty 32-bit float matrices of one size; check the model&apos;s attention outputs.</source>
        <translation>注意力头必须是尺寸相同的非空 32 位浮点矩阵；请检查模型的注意力输出。</translation>
    </message>
    <message>
        <location filename="../../src/core/TokenAttention.cpp" line="63"/>
        <source>Token %1 with a %2x%3 patch grid at offset %4 does not fit a %5x%6 attention matrix.</source>
        <translation>词元 %1（%2x%3 图块网格，偏移 %4）与 %5x%6 的注意力矩阵不匹配。</translation>
    </message>
    <message>
        <location filename="../../src/core/TokenAttention.cpp" line="106"/>
        <source>No layers to roll out.</source>
        <translation>没有可进行 rollout 的层。</translation>
    </message>
    <message>
        <location filename="../../src/core/TokenAttention.cpp" line="112"/>
        <source>Rollout needs square matrices of one size.</source>
        <translation>Rollout 需要大小相同的方阵。</translation>
    </message>
    <message>
        <location filename="../../src/core/TokenAttention.cpp" line="124"/>
        <source>Row entropy needs a non-empty 32-bit float attention matrix.</source>
        <translation>计算行熵需要非空的 32 位浮点注意力矩阵。</translation>
    </message>
</context>
<context>
    <name>al::main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="27"/>
        <source>See and explain attention maps of images.</source>
        <translation>查看并解释图像的注意力图。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="31"/>
        <source>Image to open.</source>
        <translation>要打开的图像。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="34"/>
        <source>Model to select, by id.</source>
        <translation>要选择的模型（按 ID）。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="38"/>
        <source>Run the model once the window is up.</source>
        <translation>窗口打开后立即运行模型。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="41"/>
        <source>Extra plugin folder (repeatable).</source>
        <translation>额外的插件文件夹（可重复指定）。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="43"/>
        <source>Interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="100"/>
        <source>Unknown model</source>
        <translation>未知模型</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="101"/>
        <source>No loaded plugin offers the model “%1”. Tools ▸ Plugins… lists the available plugins and models.</source>
        <translation>已加载的插件中没有提供模型“%1”的。“工具 ▸ 插件…”列出了可用的插件和模型。</translation>
    </message>
</context>
</TS>
